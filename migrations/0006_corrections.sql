-- 0006_corrections.sql: records that can be corrected without rewriting
-- anything: voided matters, retracted responses, and the history of agency
-- changes. PRAGMA user_version = 6.

-- A matter entered by mistake: the date it was voided (NULL: it stands). It
-- stays in the database and its history but leaves every list, statistic
-- and calendar (src/matter.c matter_void).
ALTER TABLE matter ADD COLUMN voided TEXT;

-- A response recorded by mistake: the date it was retracted and why. The
-- row stays (the history shows it); statistics leave it out.
ALTER TABLE response ADD COLUMN retracted TEXT;
ALTER TABLE response ADD COLUMN retract_note TEXT;

-- Changes to an agency (name, calendar, cutoff, jurisdiction, contact), one
-- row per changed field, append-only like the matter history.
CREATE TABLE agency_event (
  id        INTEGER PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agency(id),
  at        TEXT NOT NULL,
  field     TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  note      TEXT,
  by_user   TEXT NOT NULL
);
CREATE INDEX agency_event_agency ON agency_event(agency_id, id);
CREATE TRIGGER agency_event_no_update BEFORE UPDATE ON agency_event
BEGIN
  SELECT RAISE(ABORT, 'agency history is append-only: rows cannot be changed');
END;
CREATE TRIGGER agency_event_no_delete BEFORE DELETE ON agency_event
BEGIN
  SELECT RAISE(ABORT, 'agency history is append-only: rows cannot be deleted');
END;
