-- 0014_import_key.sql: a matter imported from a spreadsheet or a published
-- log keeps that file's own identifier (import --csv --key COLUMN), so that
-- importing the same file again finds it instead of adding it twice, and a
-- newer file's changes are recorded as edits of the same matter.
ALTER TABLE matter ADD COLUMN ext_key TEXT;
CREATE UNIQUE INDEX matter_ext_key ON matter(ext_key) WHERE ext_key IS NOT NULL;
