-- 0001_init.sql: agencies, matters, their deadlines, responses and the
-- append-only history. Applied in one transaction; PRAGMA user_version = 1.

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

-- A deadline rule as data. Seeded by later migrations; users add their own.
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
CREATE INDEX matter_status_due ON matter(status, due);
CREATE INDEX matter_from ON matter(from_agency);
CREATE INDEX matter_to ON matter(to_agency);

-- Parents of a matter: a petition that follows refused subpoenas, an appeal
-- that follows a denial. A matter may continue several parents.
CREATE TABLE matter_parent (
  child_id  INTEGER NOT NULL REFERENCES matter(id),
  parent_id INTEGER NOT NULL REFERENCES matter(id),
  PRIMARY KEY (child_id, parent_id),
  CHECK (child_id <> parent_id)
) WITHOUT ROWID;
CREATE INDEX matter_parent_parent ON matter_parent(parent_id);

-- One row per deadline kind of a matter; new kinds need no schema change.
CREATE TABLE deadline (
  matter_id INTEGER NOT NULL REFERENCES matter(id),
  kind      TEXT NOT NULL,                    -- acknowledgement, response, extended, objection, appeal
  due       TEXT NOT NULL,                    -- YYYY-MM-DD
  due_time  TEXT,                             -- HH:MM when a time controls
  rule      TEXT,
  basis     TEXT NOT NULL,                    -- how it was computed, in words
  PRIMARY KEY (matter_id, kind)
) WITHOUT ROWID;
CREATE INDEX deadline_due ON deadline(due);

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
CREATE INDEX response_matter ON response(matter_id);

-- The append-only history. Every change of a matter writes one row here, in
-- the same transaction as the change.
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

-- Reference numbering: one sequence per kind prefix and year.
CREATE TABLE ref_seq (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) WITHOUT ROWID;
