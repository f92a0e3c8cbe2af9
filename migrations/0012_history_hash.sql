-- 0012_history_hash.sql: a tamper-evident history. Every event row carries
-- hash = SHA-256 over its canonical content and the previous row's hash (one
-- chain for the whole database, in id order; docs/HISTORY.md). SQLite cannot
-- compute SHA-256, so db.c fills the hash of the rows that already exist, in
-- C, right after this file runs and inside the same transaction
-- (store_chain_backfill). The update trigger lets exactly that happen: a
-- NULL hash may be set once, nothing else may change.

ALTER TABLE event ADD COLUMN hash TEXT;

-- The head of the chain: the last row's id and hash. Deleting rows from the
-- end of the history leaves a chain that is valid but shorter than the head.
CREATE TABLE history_head (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  last_id INTEGER NOT NULL,
  hash    TEXT NOT NULL
);

DROP TRIGGER event_no_update;
CREATE TRIGGER event_no_update BEFORE UPDATE ON event
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.matter_id IS NOT OLD.matter_id
  OR NEW.at IS NOT OLD.at OR NEW.on_date IS NOT OLD.on_date OR NEW.kind IS NOT OLD.kind
  OR NEW.field IS NOT OLD.field OR NEW.old_value IS NOT OLD.old_value
  OR NEW.new_value IS NOT OLD.new_value OR NEW.note IS NOT OLD.note
  OR NEW.by_user IS NOT OLD.by_user
BEGIN
  SELECT RAISE(ABORT, 'event history is append-only: rows cannot be changed');
END;
CREATE TRIGGER event_needs_hash BEFORE INSERT ON event
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64
BEGIN
  SELECT RAISE(ABORT, 'event history rows are written by store_event_add, which chains them');
END;
CREATE TRIGGER history_head_no_delete BEFORE DELETE ON history_head
BEGIN
  SELECT RAISE(ABORT, 'the head of the history cannot be deleted');
END;
