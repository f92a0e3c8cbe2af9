-- 0022_scale_pending.sql (issue 10): the matters whose clock is not stopped,
-- in id order. The calendar export (src/store_ics.c) of pending deadlines,
-- the default of 'pubrec ics' and of serve's feed, reads only these matters
-- through it, in the order it writes them, instead of every deadline row of
-- the database: at ten million matters about 5% of them, with no sort. A
-- partial index holds only those rows (https://sqlite.org/partialindex.html:
-- the planner uses it when the query's WHERE implies the index's WHERE, here
-- the same term "clock <> 'stopped'").
CREATE INDEX matter_pending ON matter(id) WHERE clock <> 'stopped';
