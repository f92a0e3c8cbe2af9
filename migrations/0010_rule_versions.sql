-- 0010_rule_versions.sql: where each rule's text was read and whether a second
-- source agrees; rule versions with effective dates; jurisdictions with their
-- default rule and calendar (issue 14). The seed is 0011_state_rules.sql.

-- rule.source: where the law's words were read (and the second source).
-- rule.status: 'verified' (two independent sources agree) or 'unverified'
-- (one source, or they disagree). A user's own rule is 'unverified': pubrec
-- did not check it.
ALTER TABLE rule ADD COLUMN source TEXT;
ALTER TABLE rule ADD COLUMN status TEXT NOT NULL DEFAULT 'unverified'
  CHECK (status IN ('verified', 'unverified'));

-- The periods a rule has had. The version in force on a matter's trigger date
-- governs: a request received the day before an amendment keeps the old
-- period. effective_from '1000-01-01' = in force before any change pubrec
-- records. The rule row holds the latest version (what 'rule set' edits); the
-- store reads an older version's fields only for a trigger date before the
-- latest version's effective_from, and refuses a date before the first one.
-- ext_unit and ext_days follow the engine helper's design for rule (0006):
-- ext_days NULL = the statute sets no cap; max_ext = how many (0 = none).
CREATE TABLE rule_version (
  code           TEXT NOT NULL REFERENCES rule(code),
  effective_from TEXT NOT NULL,               -- YYYY-MM-DD
  unit           TEXT NOT NULL CHECK (unit IN ('working', 'calendar', 'months', 'none')),
  count          INTEGER CHECK (count IS NULL OR count >= 0),
  ext_unit       TEXT NOT NULL DEFAULT 'working' CHECK (ext_unit IN ('working', 'calendar')),
  ext_days       INTEGER CHECK (ext_days IS NULL OR ext_days >= 0),
  max_ext        INTEGER NOT NULL DEFAULT 1 CHECK (max_ext >= 0),
  roll           TEXT NOT NULL DEFAULT 'none' CHECK (roll IN ('none', 'forward')),
  citation       TEXT NOT NULL,
  source         TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('verified', 'unverified')),
  note           TEXT,
  PRIMARY KEY (code, effective_from)
) WITHOUT ROWID;

-- A jurisdiction: the default rule for a request to an agency in it, and its
-- holiday calendar. code as agency.jurisdiction: us, us-tx, us-co-denver.
CREATE TABLE jurisdiction (
  code     TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  rule     TEXT REFERENCES rule(code),
  calendar TEXT REFERENCES calendar(code),
  builtin  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
