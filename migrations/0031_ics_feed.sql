-- 0031_ics_feed.sql (issue 10): the pending calendar feed. The default
-- 'pubrec ics' and serve's /calendar.ics export the deadlines of the matters
-- whose clock is not stopped (about 5% of a large database). Read from the
-- matter, deadline and event tables, nearly every row of theirs is on a
-- different page of a multi-GB file (about 99,000 page reads at 1,000,000
-- matters, docs/PERFORMANCE.md). ics_feed keeps what the export needs of
-- each pending matter in one row, keyed by the matter's id, so the export
-- reads a few dense pages in storage order:
--   - the matter's columns the export uses (agencies as ids: their codes
--     and names, like the rules' citations, are read once per export, so an
--     agency rename or a rule edit never leaves the feed stale);
--   - deadlines: its deadline rows as exported (an 'extended' row in place
--     of the original it moves), each with its SEQUENCE;
--   - history: its last entries (src/store_ics.h, ICS_HISTORY) and
--     last_modified, the time of its latest event.
-- Both blobs are written and read only by src/store_ics.c (the format is
-- described there); SEQUENCE and the history summary are derived from the
-- append-only history in C, exactly as the history path derives them.
--
-- Who keeps it: the triggers below mark a matter in ics_feed_dirty whenever
-- anything the feed copies may have changed (its row, its deadline rows, a
-- new history row) while it is pending or was; the writer's transaction
-- rebuilds the marked matters' rows before it commits
-- (store_ics_feed_flush: src/ctx.c's ctx_write, the imports, bench/gen).
-- The export reads the feed only when ics_feed_dirty is empty, else the
-- history as before, so the feed is never read stale, whichever program
-- wrote. This migration marks every pending matter: the first command that
-- opens the database for writing fills the feed (src/ctx.c), and until then
-- the export reads the history.
CREATE TABLE ics_feed (
  matter_id     INTEGER PRIMARY KEY,  -- matter.id (kept by the triggers below)
  uuid          TEXT NOT NULL,
  ref           TEXT NOT NULL,
  kind          TEXT NOT NULL,
  court         INTEGER NOT NULL,
  subject       TEXT,
  status        TEXT NOT NULL,
  clock         TEXT NOT NULL,
  trigger_date  TEXT,
  tracking      TEXT,
  from_agency   INTEGER NOT NULL,
  to_agency     INTEGER NOT NULL,
  last_modified INTEGER NOT NULL,     -- epoch seconds
  deadlines     BLOB NOT NULL,
  history       BLOB NOT NULL
);

CREATE TABLE ics_feed_dirty (
  matter_id INTEGER PRIMARY KEY
);

CREATE TRIGGER ics_feed_matter_insert AFTER INSERT ON matter
WHEN NEW.clock <> 'stopped'
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (NEW.id);
END;

CREATE TRIGGER ics_feed_matter_update AFTER UPDATE ON matter
WHEN OLD.clock <> 'stopped' OR NEW.clock <> 'stopped'
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (OLD.id);
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (NEW.id);
END;

CREATE TRIGGER ics_feed_matter_delete AFTER DELETE ON matter
WHEN OLD.clock <> 'stopped'
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (OLD.id);
END;

CREATE TRIGGER ics_feed_deadline_insert AFTER INSERT ON deadline
WHEN EXISTS (SELECT 1 FROM matter WHERE id = NEW.matter_id AND clock <> 'stopped')
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (NEW.matter_id);
END;

CREATE TRIGGER ics_feed_deadline_update AFTER UPDATE ON deadline
WHEN EXISTS (SELECT 1 FROM matter WHERE id IN (OLD.matter_id, NEW.matter_id) AND clock <> 'stopped')
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (OLD.matter_id);
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (NEW.matter_id);
END;

CREATE TRIGGER ics_feed_deadline_delete AFTER DELETE ON deadline
WHEN EXISTS (SELECT 1 FROM matter WHERE id = OLD.matter_id AND clock <> 'stopped')
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (OLD.matter_id);
END;

CREATE TRIGGER ics_feed_event_insert AFTER INSERT ON event
WHEN EXISTS (SELECT 1 FROM matter WHERE id = NEW.matter_id AND clock <> 'stopped')
BEGIN
  INSERT OR IGNORE INTO ics_feed_dirty (matter_id) VALUES (NEW.matter_id);
END;

INSERT INTO ics_feed_dirty (matter_id) SELECT id FROM matter WHERE clock <> 'stopped';
