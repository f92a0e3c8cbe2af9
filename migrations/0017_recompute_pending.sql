-- 0017_recompute_pending.sql: a migration that changes built-in rules or
-- calendars (0016 linked the state rules to their states' holiday calendars;
-- later ones add calendars and correct rules) cannot recompute deadlines
-- itself: that is the lifecycle layer's work, with a history row for every
-- matter that moves. It leaves a row here instead, in its own transaction,
-- and the next command that opens the database for writing recomputes every
-- open matter through the lifecycle (matter_recompute_all) and deletes the
-- rows, in one transaction (src/ctx.c). A crash between the two leaves the
-- row, so the recomputation is never lost.
CREATE TABLE recompute_pending (
  id     INTEGER PRIMARY KEY,
  reason TEXT NOT NULL CHECK (length(reason) > 0)
);

-- Open matters of a database older than 0016 were counted on us-federal.
INSERT INTO recompute_pending (reason)
  SELECT 'upgraded database: state rules count on their states'' holiday calendars (migration 0016)'
  WHERE EXISTS (SELECT 1 FROM matter WHERE clock <> 'stopped');
