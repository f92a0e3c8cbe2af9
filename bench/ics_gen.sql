-- ics_gen.sql — fill a fresh pubrec database (schema applied by `pubrec init`)
-- with :n deadline rows, for bench/ics_bench.sh. Run with the sqlite3 shell
-- after `.parameter set :n N`.
--
-- Rows are valid for the schema and look like what pubrec itself writes:
-- 40 agencies; n matters (requests and subpoenas, all open), each with a
-- 'response' deadline and its history (created, due:response); one matter in
-- ten (n/11 of them) was also extended, so it has an 'extended' row as well
-- and extension/status/due:extended events (pubrec exports the extended date
-- in place of the original: still one event per matter); one in seven had
-- its response date moved once (a due event with an old value, SEQUENCE 1).
-- Exported events: exactly n.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
BEGIN;

CREATE TEMP TABLE p AS SELECT :n AS n, :n AS m, :n / 11 AS ext;

INSERT INTO agency (id, code, name, jurisdiction, calendar, created_at)
WITH RECURSIVE a(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM a WHERE i < 40)
SELECT i, printf('AG%02d', i), printf('Agency number %d, Records Division; Unit "%d"', i, i),
       'us-co', 'us-co', '2026-01-01T00:00:00Z'
FROM a;

INSERT INTO matter (id, uuid, ref, kind, court, from_agency, to_agency, tracking, subject,
                    trigger_date, rule, days, due, status, created_at, updated_at)
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < (SELECT m FROM p))
SELECT i,
       printf('%08x-%04x-4000-8000-%012x', i, i % 65536, i * 7919),
       printf('%s-2026-%07d', CASE i % 3 WHEN 0 THEN 'SUB' ELSE 'REQ' END, i),
       CASE i % 3 WHEN 0 THEN 'subpoena' ELSE 'request' END,
       0,
       1 + i % 40,
       1 + (i + 7) % 40,
       CASE WHEN i % 4 = 0 THEN printf('2026-TRK-%06d', i) END,
       printf('Records of contract %d, including emails and invoices', i),
       date('2026-01-01', printf('+%d days', i % 365)),
       CASE i % 3 WHEN 0 THEN NULL ELSE 'co-cora' END,
       CASE i % 3 WHEN 0 THEN 14 END,
       date('2026-01-01', printf('+%d days', i % 365 + CASE WHEN i % 10 = 0 AND i / 10 <= (SELECT ext FROM p) THEN 24 ELSE 14 END)),
       CASE WHEN i % 10 = 0 AND i / 10 <= (SELECT ext FROM p) THEN 'extended' ELSE 'open' END,
       '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'
FROM s;

INSERT INTO deadline (matter_id, kind, due, due_time, rule, basis)
SELECT id, 'response', date(trigger_date, '+14 days'), NULL, rule,
       printf('14 calendar days after %s on us-co (%s)', trigger_date,
              coalesce(rule, 'the period the document states'))
FROM matter;

INSERT INTO deadline (matter_id, kind, due, due_time, rule, basis)
SELECT id, 'extended', due, NULL, rule,
       printf('14 calendar days after %s on us-co, extended by 10 days', trigger_date)
FROM matter WHERE status = 'extended';

-- History, in the order pubrec writes it.
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, created_at, trigger_date, 'created', NULL, NULL, 'open',
       printf('%s %s -> %s', kind, 'AG', 'AG'), 'bench'
FROM matter;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, created_at, trigger_date, 'due', 'due:response', NULL,
       date(trigger_date, '+13 days'), 'computed when logged', 'bench'
FROM matter;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, '2026-01-01T12:00:00Z', trigger_date, 'due', 'due:response',
       date(trigger_date, '+13 days'), date(trigger_date, '+14 days'),
       'closure: office closed, date recomputed', 'bench'
FROM matter WHERE id % 7 = 0;
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, updated_at, date(trigger_date, '+5 days'), 'extension', 'extension', NULL, '+10 days',
       'Extenuating circumstances', 'bench'
FROM matter WHERE status = 'extended';
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, updated_at, date(trigger_date, '+5 days'), 'status', 'status', 'open', 'extended',
       'Extenuating circumstances', 'bench'
FROM matter WHERE status = 'extended';
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT id, updated_at, date(trigger_date, '+5 days'), 'due', 'due:extended', NULL, due,
       'extended by 10 days', 'bench'
FROM matter WHERE status = 'extended';

INSERT INTO ref_seq (prefix, year, last) VALUES ('REQ', 2026, (SELECT m FROM p)),
                                               ('SUB', 2026, (SELECT m FROM p));
DROP TABLE p;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM deadline) || ' deadlines, ' || (SELECT count(*) FROM matter) ||
       ' matters, ' || (SELECT count(*) FROM event) || ' events';
