-- 0008_holiday_kinds.sql: holiday rules relative to Easter and shifted by some
-- days (the day after Thanksgiving = 4th Thursday of November + 1; Election Day
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
