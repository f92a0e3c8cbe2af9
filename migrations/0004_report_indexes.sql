-- 0004_report_indexes.sql: indexes for `pubrec report` (src/store_report.c).
-- PRAGMA user_version = 4. Measured on bench/report_bench.sh's database
-- (1,000,000 matters, 5,000,000 history rows): the totals by status and kind
-- go from a 2.9 s table scan to a 0.2 s covering-index scan, and the closing
-- date of every matter from 2.2 s to 0.5 s (figures for each index below).

-- Totals by status and kind, scoped by agency: covers the whole query.
CREATE INDEX report_matter ON matter(status, kind, from_agency, to_agency, due);

-- When each matter closed: the status events that moved it from an open
-- state to a closed one (a refusal, not the escalation that follows it), in
-- matter order, so GROUP BY matter_id streams without sorting. Partial, so
-- it holds only those rows; covering, so the table is never read.
CREATE INDEX report_closed ON event(matter_id, on_date, new_value, kind, old_value)
  WHERE kind = 'status'
    AND new_value IN ('fulfilled', 'denied', 'refused', 'withdrawn', 'escalated')
    AND old_value IN ('open', 'acknowledged', 'extended', 'tolled', 'partial', 'appealed');

-- Each matter's first response and first answer: covering, in matter order
-- (1.4 s to 0.9 s; response_matter alone makes a table lookup per row).
CREATE INDEX report_response ON response(matter_id, on_date, kind);
