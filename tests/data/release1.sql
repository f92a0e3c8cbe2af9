-- A database written by pubrec release 1 (commit e2b44ab, schema 4), dumped with the sqlite3 shell: agencies in Texas, Georgia and Pennsylvania and four requests received 2025-11-20 (REQ-2025-0002 answered 2025-11-21). tests/e2e/upgrade.sh opens it with this build.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE agency (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,          -- short code: ICE, DENVER
  name         TEXT NOT NULL,
  jurisdiction TEXT,                          -- us, us-co, us-co-denver
  calendar     TEXT,                          -- holiday calendar its working days follow
  cutoff       TEXT,                          -- HH:MM receipt cutoff, NULL = rule default
  contact      TEXT,
  created_at   TEXT NOT NULL                  -- ISO 8601 UTC
);
INSERT INTO agency VALUES(1,'NEWS','The Daily Ledger',NULL,NULL,NULL,NULL,'2026-11-28T06:59:29Z');
INSERT INTO agency VALUES(2,'TXDPS','Texas Department of Public Safety','us-tx',NULL,NULL,NULL,'2026-11-28T06:59:29Z');
INSERT INTO agency VALUES(3,'GAAG','Georgia agency','us-ga',NULL,NULL,NULL,'2026-11-28T06:59:29Z');
INSERT INTO agency VALUES(4,'PAAG','Pennsylvania agency','us-pa',NULL,NULL,NULL,'2026-11-28T06:59:29Z');
CREATE TABLE rule (
  code         TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  jurisdiction TEXT,
  unit         TEXT NOT NULL CHECK (unit IN ('working', 'calendar', 'months', 'none')),
  count        INTEGER CHECK (count IS NULL OR count >= 0),
  ext_days     INTEGER NOT NULL DEFAULT 0 CHECK (ext_days >= 0),
  max_ext      INTEGER NOT NULL DEFAULT 1 CHECK (max_ext >= 0),
  calendar     TEXT,
  roll         TEXT NOT NULL DEFAULT 'none' CHECK (roll IN ('none', 'forward')),
  cutoff       TEXT,                          -- HH:MM; receipt at or after moves day 0
  routing_days INTEGER NOT NULL DEFAULT 0,    -- FOIA: 10 working days to route
  earlier_of   INTEGER NOT NULL DEFAULT 0,    -- FRCP 45(d)(2)(B): earlier of compliance time
  citation     TEXT NOT NULL,
  note         TEXT,
  builtin      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO rule VALUES('us-foia','FOIA initial determination','us','working',20,10,1,'us-federal','none',NULL,10,0,'5 U.S.C. 552(a)(6)(A)(i), (a)(6)(A)(ii), (a)(6)(B)(i)','20 working days after receipt (day 0 not counted); +10 working days by written notice in unusual circumstances. The period starts when the right component receives the request, but no later than 10 working days after first receipt by a designated component. Tolling: one request for information, and fee clarification, pause the clock until the reply (LAW.md C9).',1);
INSERT INTO rule VALUES('us-foia-appeal','FOIA appeal determination','us','working',20,10,1,'us-federal','none',NULL,0,0,'5 U.S.C. 552(a)(6)(A)(ii), (a)(6)(B)(i)','20 working days after receipt of the appeal; the unusual-circumstances extension of up to 10 working days applies to appeals too.',1);
INSERT INTO rule VALUES('us-foia-appeal-window','FOIA requester''s time to appeal','us','calendar',90,0,0,'us-federal','none',NULL,0,0,'5 U.S.C. 552(a)(6)(A)(i)(III)(aa) (FOIA Improvement Act of 2016)','Not less than 90 days after the adverse determination (requests made after 2016-06-30). The statute says nothing on weekends; agency rules vary and some give more: DOI allows 90 workdays (43 CFR 2.58). Check the agency''s regulation.',1);
INSERT INTO rule VALUES('us-foia-expedited','FOIA decision on expedited processing','us','calendar',10,0,0,'us-federal','none',NULL,0,0,'5 U.S.C. 552(a)(6)(E)(ii)(I)','Decision within 10 calendar days after the request (DOJ OIP guidance). Whether day 10 on a weekend or holiday rolls forward is UNSURE, so no roll: the earlier date is shown.',1);
INSERT INTO rule VALUES('co-cora','Colorado Open Records Act response','us-co','working',3,7,1,'us-co','none',NULL,0,0,'C.R.S. 24-72-203(3)(b)','3 working days, date of request not counted; up to 7 more working days in extenuating circumstances, with notice within the first 3 days (10 in all). Numbers from official agency policies (Dept. of Law, Dept. of Revenue). SB25-077 (5 + 10) was vetoed 2025-04-17. Agencies set their own receipt cutoff (Dept. of Revenue: 15:00). Local custodians may follow their own holiday lists.',1);
INSERT INTO rule VALUES('co-days','Colorado period of days','us-co','calendar',NULL,0,1,'us-co','forward',NULL,0,0,'C.R.S. 2-4-108(1)-(2)','A period of days in a Colorado statute: first day excluded, last day included, extended to the next day that is not a Saturday, Sunday or legal holiday. The number of days is given on the command line. Whether the Friday state offices close for a Saturday holiday is a legal holiday here is UNSURE; the us-co calendar treats it as one.',1);
INSERT INTO rule VALUES('co-months','Colorado period of months','us-co','months',NULL,0,1,'us-co','forward',NULL,0,0,'C.R.S. 2-4-108(2)-(3)','A period of months: the same day number in the concluding month, or its last day when the month is shorter; then extended past a Saturday, Sunday or legal holiday. The number of months is given on the command line.',1);
INSERT INTO rule VALUES('frcp-45-objection','Objection to a subpoena to produce (FRCP 45)','us','calendar',14,0,0,'us-federal','forward',NULL,0,1,'Fed. R. Civ. P. 45(d)(2)(B); 6(a)(1)','Objections must be served before the earlier of the time specified for compliance or 14 days after service. The 14 days follow FRCP 6(a)(1): calendar days, rolled forward off a weekend or legal holiday. In the District of Colorado use calendar us-federal-dco (FRCP 6(a)(6)(C)).',1);
INSERT INTO rule VALUES('admin-subpoena','Administrative subpoena return date','us','calendar',NULL,0,1,'us-federal','none',NULL,0,0,'8 CFR 287.4; 8 U.S.C. 1357(a) / 1225(d)(4) (UNSURE which the subpoena cites)','The return date is whatever the subpoena states (give --days N or --due DATE); no rule fixes the period and FRCP 6 does not roll it. Example: ICE subpoenas served on Denver on 2020-01-13 with 14 days were due 2020-01-27.',1);
INSERT INTO rule VALUES('ca-cpra','California Public Records Act determination','us-ca','calendar',10,14,1,'us-federal','none',NULL,0,0,'Cal. Gov. Code 7922.535 (formerly 6253(c))','10 days to determine whether records will be disclosed (not to produce them); up to 14 more days in unusual circumstances by written notice. Whether a last day on a weekend or holiday moves (Code Civ. Proc. 12a) is not settled here: no roll, the earlier date is shown. Calendar us-federal is an approximation (California holidays differ).',1);
INSERT INTO rule VALUES('ct-foia','Connecticut FOIA response','us-ct','working',4,0,1,'us-federal','none',NULL,0,0,'Conn. Gen. Stat. 1-206(a)','4 business days; 10 business days where the 1-214(b)-(c) notice to employees applies (use --days 10). No answer in time is a deemed denial. Calendar us-federal approximates Connecticut holidays.',1);
INSERT INTO rule VALUES('ga-ora','Georgia Open Records Act response','us-ga','working',3,0,1,'us-federal','none',NULL,0,0,'O.C.G.A. 50-18-71(b)(1)(A)','3 business days; if records are not available by then, a description and a timetable within the 3 days. Statute quoted in secondary sources. Calendar us-federal approximates Georgia holidays.',1);
INSERT INTO rule VALUES('il-foia','Illinois FOIA response','us-il','working',5,5,1,'us-federal','none',NULL,0,0,'5 ILCS 140/3(d)-(e)','5 business days, +5 business days by written notice; commercial requests 21 business days (5 ILCS 140/3.1, use --days 21). Read via regulations quoting section 3. Calendar us-federal approximates Illinois holidays.',1);
INSERT INTO rule VALUES('ks-kora','Kansas Open Records Act response','us-ks','working',3,0,1,'us-federal','none',NULL,0,0,'K.S.A. 45-218(d); 45-217','Act on the request by the end of the 3rd business day after receipt, or explain the delay and give the earliest date. "Business day" excludes holidays set by Congress, the legislature, the governor or the subdivision: us-federal is an approximation.',1);
INSERT INTO rule VALUES('la-prl','Louisiana Public Records Law','us-la','none',NULL,0,0,'us-federal','none',NULL,0,0,'La. R.S. 44:33(B)(1); 44:35','Records not in active use must be produced immediately: there is no computed date. If the record is in active use, see la-prl-active-use. A suit is allowed after 5 days (excluding Saturdays, Sundays and holidays) without a written response.',1);
INSERT INTO rule VALUES('la-prl-active-use','Louisiana: record in active use','us-la','working',3,0,0,'us-federal','none',NULL,0,0,'La. R.S. 44:33(B)(1)','When the record is in active use, the custodian certifies this and fixes a time within 3 days (excluding Saturdays, Sundays and legal holidays) for inspection. Calendar us-federal approximates Louisiana holidays.',1);
INSERT INTO rule VALUES('md-pia','Maryland PIA grant or denial','us-md','calendar',30,0,1,'us-federal','none',NULL,0,0,'Md. Code, Gen. Prov. 4-203','Grant or deny within 30 days after receiving the application. Whether a last day on a weekend or holiday moves is not settled here: no roll, the earlier date is shown. See md-pia-notice for the 10-working-day notice.',1);
INSERT INTO rule VALUES('md-pia-notice','Maryland PIA notice when production takes longer','us-md','working',10,0,0,'us-federal','none',NULL,0,0,'Md. Code, Gen. Prov. 4-203','If production will take more than 10 working days, written notice within 10 working days (with the reason and an estimate). Calendar us-federal approximates Maryland holidays.',1);
INSERT INTO rule VALUES('mi-foia','Michigan FOIA response','us-mi','working',5,10,1,'us-federal','none',NULL,0,0,'MCL 15.235(1)-(2)','5 business days; one extension of up to 10 business days. An email or fax request is not received until 1 business day after it is sent (enter that as the receipt date). Calendar us-federal approximates Michigan holidays.',1);
INSERT INTO rule VALUES('nh-rtk','New Hampshire Right-to-Know response','us-nh','working',5,0,1,'us-federal','none',NULL,0,0,'RSA 91-A:4, IV(b)','Within 5 business days make the records available, deny, or acknowledge with a written time estimate. Calendar us-federal approximates New Hampshire holidays.',1);
INSERT INTO rule VALUES('nv-npra','Nevada Public Records Act response','us-nv','working',5,0,1,'us-federal','none',NULL,0,0,'NRS 239.0107','By the end of the 5th business day: allow inspection, or give written notice of the earliest date. Calendar us-federal approximates Nevada holidays.',1);
INSERT INTO rule VALUES('ny-foil','New York FOIL acknowledgment','us-ny','working',5,0,1,'us-federal','none',NULL,0,0,'N.Y. Pub. Off. Law 89(3)(a)','5 business days to grant, deny, or acknowledge with an approximate date. The later limit (20 business days after the acknowledgment, or a written date certain) runs from the acknowledgment, not from day 5: compute it separately. Calendar us-federal approximates New York holidays.',1);
INSERT INTO rule VALUES('pa-rtkl','Pennsylvania Right-to-Know response','us-pa','working',5,0,1,'us-federal','none',NULL,0,0,'65 P.S. 67.901, 67.902','5 business days; no response is a deemed denial. An extension of up to 30 calendar days by written notice within the 5 days is in other units and is not added here: compute it separately. Calendar us-federal approximates Pennsylvania holidays.',1);
INSERT INTO rule VALUES('ri-apra','Rhode Island APRA response','us-ri','working',10,0,1,'us-federal','none',NULL,0,0,'R.I. Gen. Laws 38-2-7(a)-(b), 38-2-3(e)','10 business days. A good-cause extension of up to 20 business days is from secondary sources only, so it is not seeded (give --days when extending). Calendar us-federal approximates Rhode Island holidays.',1);
INSERT INTO rule VALUES('tn-tpra','Tennessee Public Records Act response','us-tn','working',7,0,1,'us-federal','none',NULL,0,0,'Tenn. Code 10-7-503(a)(2)(B)','Promptly; if not practicable, within 7 business days make available, deny, or give a time estimate. The 7 days are the outer limit. Tennessee citizens only. Calendar us-federal approximates Tennessee holidays.',1);
INSERT INTO rule VALUES('tx-pia','Texas Public Information Act','us-tx','none',NULL,0,0,'us-federal','none',NULL,0,0,'Tex. Gov''t Code 552.221','Information must be produced "promptly": there is no computed date. If withholding, see tx-pia-ag.',1);
INSERT INTO rule VALUES('tx-pia-ag','Texas: request for an Attorney General ruling','us-tx','working',10,0,0,'us-federal','none',NULL,0,0,'Tex. Gov''t Code 552.301(a-1), (b), (d)','To withhold, ask the Attorney General for a ruling and notify the requester by the 10th business day after receipt. Mail whose receipt date cannot be shown is deemed received on the 3rd business day after the postmark (enter that date). Calendar us-federal approximates Texas holidays.',1);
INSERT INTO rule VALUES('ut-grama','Utah GRAMA response','us-ut','working',10,0,1,'us-federal','none',NULL,0,0,'Utah Code 63G-2-204','10 business days; extraordinary circumstances allow more (with notice). Expedited: see ut-grama-expedited. Calendar us-federal approximates Utah holidays.',1);
INSERT INTO rule VALUES('ut-grama-expedited','Utah GRAMA expedited response','us-ut','working',5,0,1,'us-federal','none',NULL,0,0,'Utah Code 63G-2-204','5 business days for a request that qualifies for expedited response. Calendar us-federal approximates Utah holidays.',1);
INSERT INTO rule VALUES('va-foia','Virginia FOIA response','us-va','working',5,7,1,'us-federal','none',NULL,0,0,'Va. Code 2.2-3704(B)','5 working days; +7 working days when the response says so (60 for criminal investigative files: use --days). Statute quoted by the FOIA Council. Calendar us-federal approximates Virginia holidays.',1);
INSERT INTO rule VALUES('vt-pra','Vermont Public Records Act response','us-vt','working',3,0,1,'us-federal','none',NULL,0,0,'1 V.S.A. 318','Promptly, and within 3 business days. An extension of up to 10 business days in unusual circumstances is from an older text (secondary), so it is not seeded. Calendar us-federal approximates Vermont holidays.',1);
INSERT INTO rule VALUES('wa-pra','Washington Public Records Act response','us-wa','working',5,0,1,'us-federal','none',NULL,0,0,'RCW 42.56.520','Within 5 business days respond: provide, acknowledge with an estimate, ask for clarification, or deny. Calendar us-federal approximates Washington holidays.',1);
CREATE TABLE matter (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  ref          TEXT NOT NULL UNIQUE,          -- SUB-2020-0001
  kind         TEXT NOT NULL CHECK (kind IN ('request', 'subpoena', 'appeal', 'petition')),
  court        INTEGER NOT NULL DEFAULT 0,    -- 1: court-ordered (subpoenas)
  from_agency  INTEGER NOT NULL REFERENCES agency(id),
  to_agency    INTEGER NOT NULL REFERENCES agency(id),
  tracking     TEXT,                          -- the agency's own tracking number
  subject      TEXT NOT NULL,
  description  TEXT,
  trigger_date TEXT NOT NULL,                 -- YYYY-MM-DD received / served
  trigger_time TEXT,                          -- HH:MM local, when known
  rule         TEXT REFERENCES rule(code),
  days         INTEGER,                       -- period the document states
  due_stated   TEXT,                          -- return date the document states
  routed       TEXT,                          -- FOIA: receipt by the right component
  compliance   TEXT,                          -- FRCP 45: compliance time YYYY-MM-DDTHH:MM
  due          TEXT,                          -- controlling due date (cache of deadline)
  status       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK (from_agency <> to_agency)
);
INSERT INTO matter VALUES(1,'899f7396-e6b6-4867-a729-f28f0a33f948','REQ-2025-0001','request',0,1,2,NULL,'Crash reports, I-35',NULL,'2025-11-20',NULL,'tx-pia-ag',NULL,NULL,NULL,NULL,'2025-12-05','open','2026-11-28T06:59:29Z','2026-11-28T06:59:29Z');
INSERT INTO matter VALUES(2,'efa89a18-f9bd-4a3f-ba28-545aa3100511','REQ-2025-0002','request',0,1,2,NULL,'Answered already',NULL,'2025-11-20',NULL,'tx-pia-ag',NULL,NULL,NULL,NULL,'2025-12-05','fulfilled','2026-11-28T06:59:29Z','2026-11-28T06:59:29Z');
INSERT INTO matter VALUES(3,'20ce14f7-8bb6-4802-81c8-6cc763a9a8fb','REQ-2025-0003','request',0,1,3,NULL,'Georgia',NULL,'2025-11-20',NULL,'ga-ora',NULL,NULL,NULL,NULL,'2025-11-25','open','2026-11-28T06:59:29Z','2026-11-28T06:59:29Z');
INSERT INTO matter VALUES(4,'1c09a0f2-86d7-49db-9559-e8644724e8a8','REQ-2025-0004','request',0,1,4,NULL,'Pennsylvania',NULL,'2025-11-20',NULL,'pa-rtkl',NULL,NULL,NULL,NULL,'2025-11-28','open','2026-11-28T06:59:29Z','2026-11-28T06:59:29Z');
CREATE TABLE matter_parent (
  child_id  INTEGER NOT NULL REFERENCES matter(id),
  parent_id INTEGER NOT NULL REFERENCES matter(id),
  PRIMARY KEY (child_id, parent_id),
  CHECK (child_id <> parent_id)
) WITHOUT ROWID;
CREATE TABLE deadline (
  matter_id INTEGER NOT NULL REFERENCES matter(id),
  kind      TEXT NOT NULL,                    -- acknowledgement, response, extended, objection, appeal
  due       TEXT NOT NULL,                    -- YYYY-MM-DD
  due_time  TEXT,                             -- HH:MM when a time controls
  rule      TEXT,
  basis     TEXT NOT NULL,                    -- how it was computed, in words
  PRIMARY KEY (matter_id, kind)
) WITHOUT ROWID;
INSERT INTO deadline VALUES(1,'response','2025-12-05',NULL,'tx-pia-ag','10 working days after 2025-11-20 on us-federal (Tex. Gov''t Code 552.301(a-1), (b), (d))');
INSERT INTO deadline VALUES(2,'response','2025-12-05',NULL,'tx-pia-ag','10 working days after 2025-11-20 on us-federal (Tex. Gov''t Code 552.301(a-1), (b), (d))');
INSERT INTO deadline VALUES(3,'response','2025-11-25',NULL,'ga-ora','3 working days after 2025-11-20 on us-federal (O.C.G.A. 50-18-71(b)(1)(A))');
INSERT INTO deadline VALUES(4,'response','2025-11-28',NULL,'pa-rtkl','5 working days after 2025-11-20 on us-federal (65 P.S. 67.901, 67.902)');
CREATE TABLE response (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matter(id),
  kind       TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'production', 'partial', 'denial',
                                            'refusal', 'objection', 'extension', 'clarification',
                                            'other')),
  on_date    TEXT NOT NULL,
  pages      INTEGER,
  note       TEXT,
  by_user    TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO response VALUES(1,2,'production','2025-11-21',NULL,NULL,'clerk','2026-11-28T06:59:29Z');
CREATE TABLE event (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matter(id),
  at         TEXT NOT NULL,                   -- when it was recorded, ISO 8601 UTC
  on_date    TEXT NOT NULL,                   -- the date it took effect
  kind       TEXT NOT NULL,                   -- created, status, due, response, extension, toll, resume
  field      TEXT,                            -- what changed: status, due:response, ...
  old_value  TEXT,
  new_value  TEXT,
  note       TEXT,
  by_user    TEXT NOT NULL
);
INSERT INTO event VALUES(1,1,'2026-11-28T06:59:29Z','2025-11-20','created','status',NULL,'open','request NEWS -> TXDPS','clerk');
INSERT INTO event VALUES(2,1,'2026-11-28T06:59:29Z','2025-11-20','due','due:response',NULL,'2025-12-05','computed when logged','clerk');
INSERT INTO event VALUES(3,2,'2026-11-28T06:59:29Z','2025-11-20','created','status',NULL,'open','request NEWS -> TXDPS','clerk');
INSERT INTO event VALUES(4,2,'2026-11-28T06:59:29Z','2025-11-20','due','due:response',NULL,'2025-12-05','computed when logged','clerk');
INSERT INTO event VALUES(5,3,'2026-11-28T06:59:29Z','2025-11-20','created','status',NULL,'open','request NEWS -> GAAG','clerk');
INSERT INTO event VALUES(6,3,'2026-11-28T06:59:29Z','2025-11-20','due','due:response',NULL,'2025-11-25','computed when logged','clerk');
INSERT INTO event VALUES(7,4,'2026-11-28T06:59:29Z','2025-11-20','created','status',NULL,'open','request NEWS -> PAAG','clerk');
INSERT INTO event VALUES(8,4,'2026-11-28T06:59:29Z','2025-11-20','due','due:response',NULL,'2025-11-28','computed when logged','clerk');
INSERT INTO event VALUES(9,2,'2026-11-28T06:59:29Z','2025-11-21','response','response',NULL,'production',NULL,'clerk');
INSERT INTO event VALUES(10,2,'2026-11-28T06:59:29Z','2025-11-21','status','status','open','fulfilled',NULL,'clerk');
CREATE TABLE ref_seq (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) WITHOUT ROWID;
INSERT INTO ref_seq VALUES('REQ',2025,4);
CREATE TABLE calendar (
  code     TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  citation TEXT,
  builtin  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO calendar VALUES('us-federal','U.S. federal legal public holidays (observed days)','5 U.S.C. 6103(a)-(b); E.O. 11582 sec. 3(a)',1);
INSERT INTO calendar VALUES('us-federal-dc','U.S. federal holidays plus Inauguration Day (DC area)','5 U.S.C. 6103(a)-(c); E.O. 11582 sec. 3(a)',1);
INSERT INTO calendar VALUES('us-co','Colorado state legal holidays as state offices observe them','C.R.S. 24-11-101; DPA Division of Human Resources holiday schedules',1);
INSERT INTO calendar VALUES('us-federal-dco','U.S. District Court for the District of Colorado (FRCP 6(a)(6))','Fed. R. Civ. P. 6(a)(6)(A), (C); 5 U.S.C. 6103; C.R.S. 24-11-101',1);
CREATE TABLE calendar_include (
  calendar TEXT NOT NULL REFERENCES calendar(code),
  includes TEXT NOT NULL REFERENCES calendar(code),
  PRIMARY KEY (calendar, includes),
  CHECK (calendar <> includes)
) WITHOUT ROWID;
INSERT INTO calendar_include VALUES('us-federal-dc','us-federal');
INSERT INTO calendar_include VALUES('us-federal-dco','us-co');
INSERT INTO calendar_include VALUES('us-federal-dco','us-federal');
CREATE TABLE holiday_rule (
  id          INTEGER PRIMARY KEY,
  calendar    TEXT NOT NULL REFERENCES calendar(code),
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('fixed', 'nth', 'last')),
  month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  day         INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 31),    -- fixed
  weekday     INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 0 AND 6), -- 0 = Sunday
  nth         INTEGER CHECK (nth IS NULL OR nth BETWEEN 1 AND 5),
  observe     TEXT NOT NULL DEFAULT 'none'
              CHECK (observe IN ('none', 'sat-fri-sun-mon', 'sun-mon', 'sun-mon-sat-none')),
  first_year  INTEGER,
  last_year   INTEGER,
  every       INTEGER NOT NULL DEFAULT 1 CHECK (every >= 1),  -- every N years ...
  year_offset INTEGER NOT NULL DEFAULT 0,                     -- ... where year % every = offset
  citation    TEXT,
  CHECK ((kind = 'fixed' AND day IS NOT NULL) OR
         (kind = 'nth' AND weekday IS NOT NULL AND nth IS NOT NULL) OR
         (kind = 'last' AND weekday IS NOT NULL))
);
INSERT INTO holiday_rule VALUES(1,'us-federal','New Year''s Day','fixed',1,1,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'5 U.S.C. 6103(a)');
INSERT INTO holiday_rule VALUES(2,'us-federal','Birthday of Martin Luther King, Jr.','nth',1,NULL,1,3,'sat-fri-sun-mon',1986,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 98-144');
INSERT INTO holiday_rule VALUES(3,'us-federal','Washington''s Birthday','nth',2,NULL,1,3,'sat-fri-sun-mon',1971,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 90-363');
INSERT INTO holiday_rule VALUES(4,'us-federal','Memorial Day','last',5,NULL,1,NULL,'sat-fri-sun-mon',1971,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 90-363');
INSERT INTO holiday_rule VALUES(5,'us-federal','Juneteenth National Independence Day','fixed',6,19,NULL,NULL,'sat-fri-sun-mon',2021,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 117-17');
INSERT INTO holiday_rule VALUES(6,'us-federal','Independence Day','fixed',7,4,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'5 U.S.C. 6103(a)');
INSERT INTO holiday_rule VALUES(7,'us-federal','Labor Day','nth',9,NULL,1,1,'sat-fri-sun-mon',NULL,NULL,1,0,'5 U.S.C. 6103(a)');
INSERT INTO holiday_rule VALUES(8,'us-federal','Columbus Day','nth',10,NULL,1,2,'sat-fri-sun-mon',1971,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 90-363');
INSERT INTO holiday_rule VALUES(9,'us-federal','Veterans Day','nth',10,NULL,1,4,'sat-fri-sun-mon',1971,1977,1,0,'Pub. L. 90-363 (fourth Monday in October, 1971-1977)');
INSERT INTO holiday_rule VALUES(10,'us-federal','Veterans Day','fixed',11,11,NULL,NULL,'sat-fri-sun-mon',1978,NULL,1,0,'5 U.S.C. 6103(a); Pub. L. 94-97');
INSERT INTO holiday_rule VALUES(11,'us-federal','Thanksgiving Day','nth',11,NULL,4,4,'sat-fri-sun-mon',NULL,NULL,1,0,'5 U.S.C. 6103(a)');
INSERT INTO holiday_rule VALUES(12,'us-federal','Christmas Day','fixed',12,25,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'5 U.S.C. 6103(a)');
INSERT INTO holiday_rule VALUES(13,'us-federal-dc','Inauguration Day','fixed',1,20,NULL,NULL,'sun-mon-sat-none',1965,NULL,4,1,'5 U.S.C. 6103(c)');
INSERT INTO holiday_rule VALUES(14,'us-co','New Year''s Day','fixed',1,1,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(15,'us-co','Martin Luther King, Jr. Day','nth',1,NULL,1,3,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(16,'us-co','Washington-Lincoln Day','nth',2,NULL,1,3,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(17,'us-co','Memorial Day','last',5,NULL,1,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(18,'us-co','Juneteenth','fixed',6,19,NULL,NULL,'sat-fri-sun-mon',2022,NULL,1,0,'C.R.S. 24-11-101(1); SB22-139');
INSERT INTO holiday_rule VALUES(19,'us-co','Independence Day','fixed',7,4,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(20,'us-co','Labor Day','nth',9,NULL,1,1,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(21,'us-co','Columbus Day','nth',10,NULL,1,2,'sat-fri-sun-mon',NULL,2019,1,0,'C.R.S. 24-11-101(1) before HB20-1031');
INSERT INTO holiday_rule VALUES(22,'us-co','Frances Xavier Cabrini Day','nth',10,NULL,1,1,'sat-fri-sun-mon',2020,NULL,1,0,'C.R.S. 24-11-101(1); HB20-1031');
INSERT INTO holiday_rule VALUES(23,'us-co','Veterans Day','fixed',11,11,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(24,'us-co','Thanksgiving Day','nth',11,NULL,4,4,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
INSERT INTO holiday_rule VALUES(25,'us-co','Christmas Day','fixed',12,25,NULL,NULL,'sat-fri-sun-mon',NULL,NULL,1,0,'C.R.S. 24-11-101(1)');
CREATE TABLE closure (
  id        INTEGER PRIMARY KEY,
  calendar  TEXT REFERENCES calendar(code),
  agency_id INTEGER REFERENCES agency(id),
  day       TEXT NOT NULL,
  note      TEXT,
  CHECK ((calendar IS NULL) <> (agency_id IS NULL))
);
CREATE TABLE extension (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matter(id),
  days       INTEGER NOT NULL CHECK (days > 0),
  on_date    TEXT NOT NULL,
  note       TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE toll (
  id        INTEGER PRIMARY KEY,
  matter_id INTEGER NOT NULL REFERENCES matter(id),
  sent      TEXT NOT NULL,
  replied   TEXT,
  note      TEXT
);
CREATE INDEX matter_status_due ON matter(status, due);
CREATE INDEX matter_from ON matter(from_agency);
CREATE INDEX matter_to ON matter(to_agency);
CREATE INDEX matter_parent_parent ON matter_parent(parent_id);
CREATE INDEX deadline_due ON deadline(due);
CREATE INDEX response_matter ON response(matter_id);
CREATE INDEX event_matter ON event(matter_id, id);
CREATE INDEX event_at ON event(at);
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN
  SELECT RAISE(ABORT, 'event history is append-only: rows cannot be changed');
END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
  SELECT RAISE(ABORT, 'event history is append-only: rows cannot be deleted');
END;
CREATE INDEX holiday_rule_calendar ON holiday_rule(calendar);
CREATE INDEX extension_matter ON extension(matter_id);
CREATE INDEX toll_matter ON toll(matter_id);
CREATE INDEX report_matter ON matter(status, kind, from_agency, to_agency, due);
CREATE INDEX report_closed ON event(matter_id, on_date, new_value, kind, old_value)
  WHERE kind = 'status'
    AND new_value IN ('fulfilled', 'denied', 'refused', 'withdrawn', 'escalated')
    AND old_value IN ('open', 'acknowledged', 'extended', 'tolled', 'partial', 'appealed');
CREATE INDEX report_response ON response(matter_id, on_date, kind);
COMMIT;
PRAGMA user_version=4;
