-- 0013_records.sql: search (FTS5), tags, and requesters who are people
-- (issue 9). PRAGMA user_version = the number of migration files.

-- ---- requesters who are people -------------------------------------------
-- A party is an agency (the default: every row so far) or a person who asks
-- for records. People are listed apart and never enter agency statistics.
ALTER TABLE agency ADD COLUMN kind TEXT NOT NULL DEFAULT 'agency'
  CHECK (kind IN ('agency', 'person'));
ALTER TABLE agency ADD COLUMN email TEXT;    -- a person's address, NULL when not given
CREATE INDEX agency_person_email ON agency(lower(email)) WHERE kind = 'person';
CREATE INDEX agency_person_name ON agency(lower(name)) WHERE kind = 'person';

-- ---- tags ----------------------------------------------------------------
-- Free labels on a matter (pubrec tag REF +urgent -press). Every tag added or
-- removed writes a history row (kind 'tag', field 'tag') in the same
-- transaction (src/matter.c, matter_tag).
CREATE TABLE tag (
  matter_id INTEGER NOT NULL REFERENCES matter(id),
  tag       TEXT NOT NULL CHECK (tag <> ''),
  PRIMARY KEY (matter_id, tag)
) WITHOUT ROWID;
CREATE INDEX tag_tag ON tag(tag);

-- ---- search ----------------------------------------------------------------
-- One row per matter (rowid = matter.id): its subject, tracking number, the
-- codes and names of both parties, and its notes (history rows of kind
-- 'note': the text in note, and for a document (field 'file') its summary in
-- new_value: path, size, SHA-256). matter_fts_source says what a matter's row holds; the triggers
-- below rebuild a matter's row from it whenever one of those inputs changes.
CREATE VIEW matter_fts_source (id, subject, tracking, parties, notes) AS
  SELECT m.id, m.subject, m.tracking,
         fa.code || ' ' || fa.name || ' ' || ta.code || ' ' || ta.name,
         (SELECT group_concat(trim(coalesce(e.note, '') || ' ' || coalesce(e.new_value, '')), ' ')
            FROM event e WHERE e.matter_id = m.id AND e.kind = 'note')
  FROM matter m JOIN agency fa ON fa.id = m.from_agency JOIN agency ta ON ta.id = m.to_agency;

CREATE VIRTUAL TABLE matter_fts USING fts5(
  subject, tracking, parties, notes,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Ranked by bm25, a subject hit weighing most, then the tracking number, the
-- parties and the notes.
INSERT INTO matter_fts (matter_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0)');

INSERT INTO matter_fts (rowid, subject, tracking, parties, notes)
  SELECT id, subject, tracking, parties, notes FROM matter_fts_source;

CREATE TRIGGER matter_fts_insert AFTER INSERT ON matter
BEGIN
  INSERT INTO matter_fts (rowid, subject, tracking, parties, notes)
    SELECT id, subject, tracking, parties, notes FROM matter_fts_source WHERE id = NEW.id;
END;

CREATE TRIGGER matter_fts_update
AFTER UPDATE OF subject, tracking, from_agency, to_agency ON matter
BEGIN
  DELETE FROM matter_fts WHERE rowid = OLD.id;
  INSERT INTO matter_fts (rowid, subject, tracking, parties, notes)
    SELECT id, subject, tracking, parties, notes FROM matter_fts_source WHERE id = NEW.id;
END;

CREATE TRIGGER matter_fts_delete AFTER DELETE ON matter
BEGIN
  DELETE FROM matter_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER matter_fts_agency AFTER UPDATE OF code, name ON agency
BEGIN
  DELETE FROM matter_fts WHERE rowid IN
    (SELECT id FROM matter WHERE from_agency = NEW.id UNION SELECT id FROM matter WHERE to_agency = NEW.id);
  INSERT INTO matter_fts (rowid, subject, tracking, parties, notes)
    SELECT id, subject, tracking, parties, notes FROM matter_fts_source
     WHERE id IN (SELECT id FROM matter WHERE from_agency = NEW.id
                  UNION SELECT id FROM matter WHERE to_agency = NEW.id);
END;

CREATE TRIGGER matter_fts_note AFTER INSERT ON event WHEN NEW.kind = 'note'
BEGIN
  DELETE FROM matter_fts WHERE rowid = NEW.matter_id;
  INSERT INTO matter_fts (rowid, subject, tracking, parties, notes)
    SELECT id, subject, tracking, parties, notes FROM matter_fts_source WHERE id = NEW.matter_id;
END;
