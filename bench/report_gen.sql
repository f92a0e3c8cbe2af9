-- report_gen.sql: fill an initialised pubrec database with 1,000,000 matters
-- and 5,000,000 history rows for bench/report_bench.sh. Plain SQL over the
-- schema of migrations/ (run it with the sqlite3 shell on a database that
-- 'pubrec init' created). Deterministic: every value derives from the row id.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1000000;
PRAGMA temp_store = MEMORY;
BEGIN;

-- 60 agencies, on three calendars (NULL = the default us-federal).
WITH RECURSIVE a(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM a WHERE i < 60)
INSERT INTO agency (id, code, name, jurisdiction, calendar, created_at)
SELECT i, printf('AG%02d', i), printf('Agency number %d', i), 'us',
       CASE i % 3 WHEN 0 THEN 'us-federal' WHEN 1 THEN 'us-co' ELSE NULL END,
       '2014-01-01T00:00:00Z'
FROM a;

-- A scratch table of per-matter facts, so each value is computed once.
CREATE TEMP TABLE g AS
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000)
SELECT i,
       CASE WHEN i % 10 < 7 THEN 'request' WHEN i % 10 < 9 THEN 'subpoena'
            WHEN i % 20 = 9 THEN 'appeal' ELSE 'petition' END AS kind,
       (i * 7) % 60 + 1 AS from_id,
       ((i * 7) % 60 + 1 + (i % 59) + 1 - 1) % 60 + 1 AS to_id,
       date('2016-01-01', '+' || ((i * 2654435761) % 3470) || ' days') AS trig,
       (i * 40503) % 1000 AS r
FROM c;

INSERT INTO matter (id, uuid, ref, kind, court, from_agency, to_agency, subject, trigger_date,
                    rule, days, due, status, created_at, updated_at)
SELECT i, printf('00000000-0000-4000-8000-%012d', i),
       printf('%s-%s-%07d', CASE kind WHEN 'request' THEN 'REQ' WHEN 'subpoena' THEN 'SUB'
                                      WHEN 'appeal' THEN 'APL' ELSE 'PET' END,
              substr(trig, 1, 4), i),
       kind, 0, from_id, to_id, printf('Generated matter %d about topic %d', i, i % 997), trig,
       CASE WHEN kind = 'request' AND i % 2 = 0 THEN 'us-foia'
            WHEN kind = 'request' THEN 'co-cora'
            WHEN kind = 'appeal' THEN 'us-foia-appeal' ELSE NULL END,
       CASE WHEN kind = 'subpoena' THEN 14 ELSE NULL END,
       CASE WHEN kind = 'petition' THEN NULL
            WHEN kind = 'subpoena' THEN date(trig, '+14 days')
            ELSE date(trig, '+' || (20 + r % 15) || ' days') END,
       -- about 8% open (more of them among recent matters), the rest closed
       CASE WHEN r < 30 OR (trig > '2025-01-01' AND r < 400) THEN
              CASE r % 6 WHEN 0 THEN 'open' WHEN 1 THEN 'acknowledged' WHEN 2 THEN 'extended'
                         WHEN 3 THEN 'tolled' WHEN 4 THEN 'partial' ELSE 'appealed' END
            ELSE CASE r % 10 WHEN 0 THEN 'denied' WHEN 1 THEN 'refused' WHEN 2 THEN 'withdrawn'
                             WHEN 3 THEN 'escalated' ELSE 'fulfilled' END END,
       trig || 'T12:00:00Z', trig || 'T12:00:00Z'
FROM g;

-- Responses: an acknowledgement for half the matters, a final answer for
-- the closed ones (its kind follows the closed status).
CREATE TEMP TABLE fin AS
SELECT m.id, m.status, m.trigger_date, date(m.trigger_date, '+' || (5 + g.r % 60) || ' days') AS d,
       g.r
FROM matter m JOIN g ON g.i = m.id
WHERE m.status IN ('fulfilled', 'denied', 'refused', 'withdrawn', 'escalated');

INSERT INTO response (matter_id, kind, on_date, pages, note, by_user, created_at)
SELECT g.i, 'acknowledgement', date(g.trig, '+' || (1 + g.r % 4) || ' days'), NULL, NULL, 'bench',
       g.trig || 'T12:00:00Z'
FROM g WHERE g.r % 2 = 0;
INSERT INTO response (matter_id, kind, on_date, pages, note, by_user, created_at)
SELECT id, CASE status WHEN 'fulfilled' THEN 'production' WHEN 'denied' THEN 'denial'
                       WHEN 'refused' THEN 'refusal' ELSE 'other' END,
       d, CASE status WHEN 'fulfilled' THEN r % 300 ELSE NULL END, NULL, 'bench', d || 'T12:00:00Z'
FROM fin WHERE status <> 'withdrawn';

-- History: 5,000,000 rows. Every matter: created + due set (2M); half:
-- acknowledgement response + status (1M); closed ones: final response +
-- status (about 1.8M); the rest: due moves on open and recent matters.
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, g.trig || 'T12:00:00Z', g.trig, 'created', 'status', NULL, 'open', NULL, 'bench'
FROM g;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT m.id, m.trigger_date || 'T12:00:01Z', m.trigger_date, 'due', 'due:response', NULL, m.due,
       'computed', 'bench'
FROM matter m;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, date(g.trig, '+' || (1 + g.r % 4) || ' days') || 'T12:00:00Z',
       date(g.trig, '+' || (1 + g.r % 4) || ' days'), 'response', 'response', NULL,
       'acknowledgement', NULL, 'bench'
FROM g WHERE g.r % 2 = 0;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, date(g.trig, '+' || (1 + g.r % 4) || ' days') || 'T12:00:01Z',
       date(g.trig, '+' || (1 + g.r % 4) || ' days'), 'status', 'status', 'open', 'acknowledged',
       NULL, 'bench'
FROM g WHERE g.r % 2 = 0;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, d || 'T12:00:00Z', d, 'response', 'response', NULL, 'final answer', NULL, 'bench'
FROM fin;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, d || 'T12:00:01Z', d, 'status', 'status',
       CASE WHEN r % 2 = 0 THEN 'acknowledged' ELSE 'open' END, status, NULL, 'bench'
FROM fin;
-- Top up to exactly 5,000,000 with due moves (extensions) on the first matters.
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, g.trig || 'T13:00:00Z', g.trig, 'due', 'due:response', NULL, NULL, 'bench top-up',
       'bench'
FROM g ORDER BY g.i LIMIT max(0, 5000000 - (SELECT count(*) FROM event));

DROP TABLE g;
DROP TABLE fin;
COMMIT;
ANALYZE;
