-- 0005_lifecycle.sql: the statuses and response kinds as data, and each
-- matter's clock. PRAGMA user_version = 5.
--
-- The C tables in src/model.c hold the same facts (and the transitions,
-- which SQL never needs); tests/unit/test_lifecycle.c fails when the two
-- disagree. SQL that needs "the open statuses" or "the determinations" reads
-- these tables instead of spelling the lists.

CREATE TABLE status (
  name          TEXT PRIMARY KEY,
  open          INTEGER NOT NULL CHECK (open IN (0, 1)),          -- 1: the matter is pending
  determination INTEGER NOT NULL CHECK (determination IN (0, 1)), -- 1: entering it answers the request
  position      INTEGER NOT NULL UNIQUE                           -- display order
) WITHOUT ROWID;

INSERT INTO status (name, open, determination, position) VALUES
  ('open', 1, 0, 1),
  ('acknowledged', 1, 0, 2),
  ('extended', 1, 0, 3),
  ('tolled', 1, 0, 4),
  ('partial', 1, 1, 5),
  ('appealed', 1, 0, 6),
  ('fulfilled', 0, 1, 7),
  ('denied', 0, 1, 8),
  ('refused', 0, 1, 9),
  ('withdrawn', 0, 0, 10),
  ('escalated', 0, 0, 11);

-- What an answering agency may say. determination = 1: the first such
-- response meets the response deadline (SPEC.md, lifecycle semantics).
CREATE TABLE response_kind (
  name          TEXT PRIMARY KEY,
  status        TEXT REFERENCES status(name), -- the status it implies, NULL: none
  determination INTEGER NOT NULL CHECK (determination IN (0, 1)),
  position      INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

INSERT INTO response_kind (name, status, determination, position) VALUES
  ('acknowledgement', 'acknowledged', 0, 1),
  ('production', 'fulfilled', 1, 2),
  ('partial', 'partial', 1, 3),
  ('denial', 'denied', 1, 4),
  ('refusal', 'refused', 1, 5),
  ('no-records', 'fulfilled', 1, 6),
  ('objection', NULL, 1, 7),
  ('extension', 'extended', 0, 8),
  ('clarification', 'tolled', 0, 9),
  ('other', NULL, 0, 10);

-- response.kind now refers to response_kind instead of repeating the list in
-- a CHECK (SQLite cannot change a CHECK: rebuild the table, keeping its rows).
CREATE TABLE response_new (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matter(id),
  kind       TEXT NOT NULL REFERENCES response_kind(name),
  on_date    TEXT NOT NULL,
  pages      INTEGER,
  note       TEXT,
  by_user    TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO response_new (id, matter_id, kind, on_date, pages, note, by_user, created_at)
  SELECT id, matter_id, kind, on_date, pages, note, by_user, created_at FROM response;
DROP TABLE response;
ALTER TABLE response_new RENAME TO response;
CREATE INDEX response_matter ON response(matter_id);
CREATE INDEX report_response ON response(matter_id, on_date, kind);

-- The clock of a matter's response deadline:
--   running  pending, not yet answered: overdue once due < today
--   paused   tolled: waiting on the requester (never overdue)
--   stopped  answered by a determination, or closed (never overdue)
-- Kept by the lifecycle layer (src/matter.c) in the same transaction as the
-- status and the history; every change of it writes a history row.
ALTER TABLE matter ADD COLUMN clock TEXT NOT NULL DEFAULT 'running'
  CHECK (clock IN ('running', 'paused', 'stopped'));
-- The first determination since the clock last started (NULL: none yet).
ALTER TABLE matter ADD COLUMN answered TEXT;
-- A reopened matter's period restarts on this date (NULL: the trigger date).
ALTER TABLE matter ADD COLUMN clock_start TEXT;
-- The due date that had already passed when a late extension was recorded:
-- the miss stays in the record and in every statistic.
ALTER TABLE matter ADD COLUMN missed TEXT;

ALTER TABLE extension ADD COLUMN late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1));

UPDATE matter SET answered = coalesce(
  (SELECT min(r.on_date) FROM response r JOIN response_kind k ON k.name = r.kind
    WHERE r.matter_id = matter.id AND k.determination = 1),
  (SELECT min(e.on_date) FROM event e JOIN status s ON s.name = e.new_value
    WHERE e.matter_id = matter.id AND e.kind = 'status' AND s.determination = 1));

UPDATE matter SET clock = CASE
  WHEN (SELECT open FROM status s WHERE s.name = matter.status) = 0 THEN 'stopped'
  WHEN answered IS NOT NULL THEN 'stopped'
  WHEN status = 'tolled' THEN 'paused'
  ELSE 'running' END;

-- Overdue is clock = 'running' AND due < today; due soon the same with a bound.
CREATE INDEX matter_clock_due ON matter(clock, due);

-- 0004's partial index spelled the open and closed statuses; this one holds
-- every status event, and the report's query filters through the status table.
DROP INDEX report_closed;
CREATE INDEX report_status_event ON event(matter_id, on_date, new_value, kind, old_value)
  WHERE kind = 'status';
