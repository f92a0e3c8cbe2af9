-- 0008_scale.sql: canonical references, and indexes for the work that must
-- not grow with the number of matters. PRAGMA user_version = 7.

-- References are stored in one case (upper: REQ-2020-0001), so a lookup is
-- a probe of the unique index on ref; store_matter_get canonicalizes what
-- the user typed before binding it. pubrec has always numbered them in upper
-- case: this only makes the rule hold for rows written by other means.
UPDATE matter SET ref = upper(ref) WHERE ref <> upper(ref);

-- Recomputing after a rule changes reads the matters under that rule whose
-- clock is not stopped.
CREATE INDEX matter_rule ON matter(rule, clock);

-- After one agency's closure: the matters it received whose clock runs, by due
-- date (this index also serves every use of the old one on to_agency alone).
DROP INDEX matter_to;
CREATE INDEX matter_to ON matter(to_agency, clock, due);

-- Listings (store_matter_each) by kind, soonest due first.
CREATE INDEX matter_kind_due ON matter(kind, due);
