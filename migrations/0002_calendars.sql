-- 0002_calendars.sql: holiday calendars as rules, closures, extensions and
-- tolling periods. PRAGMA user_version = 2.

CREATE TABLE calendar (
  code     TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  citation TEXT,
  builtin  INTEGER NOT NULL DEFAULT 0
);

-- A calendar may include every non-working day of other calendars
-- (us-federal-dco = us-federal + Colorado legal holidays).
CREATE TABLE calendar_include (
  calendar TEXT NOT NULL REFERENCES calendar(code),
  includes TEXT NOT NULL REFERENCES calendar(code),
  PRIMARY KEY (calendar, includes),
  CHECK (calendar <> includes)
) WITHOUT ROWID;

-- One holiday as a rule: a fixed date, or the nth / last weekday of a month,
-- with how a weekend date is observed, and the years it is in force.
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
CREATE INDEX holiday_rule_calendar ON holiday_rule(calendar);

-- A day one agency's office, or a whole calendar's jurisdiction, was closed (C7).
CREATE TABLE closure (
  id        INTEGER PRIMARY KEY,
  calendar  TEXT REFERENCES calendar(code),
  agency_id INTEGER REFERENCES agency(id),
  day       TEXT NOT NULL,
  note      TEXT,
  CHECK ((calendar IS NULL) <> (agency_id IS NULL))
);

-- Extensions of a matter's period (C4), each with its reason and notice date.
CREATE TABLE extension (
  id         INTEGER PRIMARY KEY,
  matter_id  INTEGER NOT NULL REFERENCES matter(id),
  days       INTEGER NOT NULL CHECK (days > 0),
  on_date    TEXT NOT NULL,
  note       TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX extension_matter ON extension(matter_id);

-- Tolling periods (C9): paused on `sent`, resumed when the reply arrives.
CREATE TABLE toll (
  id        INTEGER PRIMARY KEY,
  matter_id INTEGER NOT NULL REFERENCES matter(id),
  sent      TEXT NOT NULL,
  replied   TEXT,
  note      TEXT
);
CREATE INDEX toll_matter ON toll(matter_id);
