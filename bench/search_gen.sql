-- search_gen.sql: fill an initialised pubrec database with 1,000,000 matters
-- for bench/search_bench.sh: subjects from a vocabulary (a few topics are
-- common, most rare), tracking numbers on half, a note on one in ten, 60
-- agencies. Plain SQL over the schema of migrations/, run with the sqlite3
-- shell on a database that 'pubrec init' created: the full-text index is
-- filled by its own triggers as the rows go in, as in use. Deterministic:
-- every value derives from the row id. :n rows (default 1,000,000) via the
-- temp table below.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1000000;
PRAGMA temp_store = MEMORY;
BEGIN;

CREATE TEMP TABLE topic (k INTEGER PRIMARY KEY, w TEXT);
INSERT INTO topic (k, w) VALUES
 (0,'police'),(1,'budget'),(2,'water'),(3,'schools'),(4,'housing'),(5,'transit'),(6,'parks'),
 (7,'elections'),(8,'jail'),(9,'snow'),(10,'roads'),(11,'fire'),(12,'library'),(13,'health'),
 (14,'zoning'),(15,'airport'),(16,'sewer'),(17,'permits'),(18,'contracts'),(19,'payroll'),
 (20,'lobbying'),(21,'pensions'),(22,'stadium'),(23,'landfill'),(24,'bridges'),(25,'taxes'),
 (26,'immigration'),(27,'detainers'),(28,'bodycam'),(29,'drones'),(30,'towing'),(31,'sirens'),
 (32,'asbestos'),(33,'lead'),(34,'flooding'),(35,'wildfire'),(36,'cannabis'),(37,'homelessness'),
 (38,'evictions'),(39,'overtime'),(40,'settlements'),(41,'subpoenas'),(42,'surveillance'),
 (43,'annexation'),(44,'easements'),(45,'rezoning'),(46,'superfund'),(47,'fluoride'),
 (48,'gerrymandering'),(49,'cryptocurrency');
CREATE TEMP TABLE doc (k INTEGER PRIMARY KEY, w TEXT);
INSERT INTO doc (k, w) VALUES
 (0,'emails'),(1,'contracts'),(2,'invoices'),(3,'minutes'),(4,'reports'),(5,'memos'),
 (6,'permits'),(7,'inspections'),(8,'complaints'),(9,'policies'),(10,'audits'),(11,'citations'),
 (12,'logs'),(13,'footage'),(14,'maps'),(15,'surveys'),(16,'letters'),(17,'plans'),
 (18,'texts'),(19,'calendars');
CREATE TEMP TABLE place (k INTEGER PRIMARY KEY, w TEXT);
INSERT INTO place (k, w) VALUES
 (0,'Colfax'),(1,'Broadway'),(2,'Federal'),(3,'Speer'),(4,'Alameda'),(5,'Evans'),(6,'Hampden'),
 (7,'Quebec'),(8,'Monaco'),(9,'Sheridan'),(10,'Wadsworth'),(11,'Kipling'),(12,'Parker'),
 (13,'Arapahoe'),(14,'Jewell'),(15,'Yale'),(16,'Iliff'),(17,'Mississippi'),(18,'Louisiana'),
 (19,'Florida'),(20,'Montview'),(21,'Sixth'),(22,'Eighth'),(23,'Twelfth'),(24,'Seventeenth'),
 (25,'Downing'),(26,'Lincoln'),(27,'Sherman'),(28,'Logan'),(29,'Pearl'),(30,'Washington'),
 (31,'Clarkson'),(32,'Emerson'),(33,'Ogden'),(34,'Corona'),(35,'Marion'),(36,'Lafayette'),
 (37,'Humboldt'),(38,'Franklin'),(39,'Gilpin'),(40,'Williams'),(41,'Race'),(42,'Vine'),
 (43,'Steele'),(44,'Madison'),(45,'Cook'),(46,'Fillmore'),(47,'Milwaukee'),(48,'Josephine'),
 (49,'Columbine');

-- 60 agencies: a few real-sounding names, then numbered ones.
WITH RECURSIVE a(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM a WHERE i < 60)
INSERT INTO agency (id, code, name, jurisdiction, calendar, created_at)
SELECT i, printf('AG%02d', i),
       CASE i % 6 WHEN 0 THEN printf('City of Springfield department %d', i)
                  WHEN 1 THEN printf('County sheriff office %d', i)
                  WHEN 2 THEN printf('State department of health district %d', i)
                  WHEN 3 THEN printf('Newsroom desk %d', i)
                  WHEN 4 THEN printf('Federal field office %d', i)
                  ELSE printf('School district %d', i) END,
       'us', CASE i % 3 WHEN 0 THEN 'us-federal' WHEN 1 THEN 'us-co' ELSE NULL END,
       '2014-01-01T00:00:00Z'
FROM a;

CREATE TEMP TABLE g AS
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000)
SELECT i,
       (i * 7) % 60 + 1 AS from_id,
       ((i * 7) % 60 + 1 + (i % 59) + 1 - 1) % 60 + 1 AS to_id,
       date('2016-01-01', '+' || ((i * 2654435761) % 3470) || ' days') AS trig,
       -- a skewed topic: 0 in about 27% of matters, 49 in about 0.5%
       ((i * 40503) % 1000) * ((i * 40503) % 1000) * ((i * 40503) % 1000) / 20000000 AS t,
       ((i * 2246822519) / 4096) % 20 AS d,
       ((i * 2654435761) / 1024) % 50 AS p
FROM c;

INSERT INTO matter (id, uuid, ref, kind, court, from_agency, to_agency, tracking, subject,
                    trigger_date, rule, due, status, clock, created_at, updated_at)
SELECT g.i, printf('00000000-0000-4000-8000-%012d', g.i),
       printf('REQ-%s-%07d', substr(g.trig, 1, 4), g.i), 'request', 0, g.from_id, g.to_id,
       CASE WHEN g.i % 2 = 0 THEN printf('AG%02d-%s-%06d', g.to_id, substr(g.trig, 1, 4), g.i) END,
       (SELECT w FROM topic WHERE k = g.t) || ' ' || (SELECT w FROM doc WHERE k = g.d) || ' on ' ||
         (SELECT w FROM place WHERE k = g.p),
       g.trig, CASE WHEN g.i % 2 = 0 THEN 'us-foia' ELSE 'co-cora' END,
       date(g.trig, '+' || (20 + g.i % 15) || ' days'),
       CASE WHEN g.i % 12 = 0 THEN 'open' ELSE 'fulfilled' END,
       CASE WHEN g.i % 12 = 0 THEN 'running' ELSE 'stopped' END,
       g.trig || 'T12:00:00Z', g.trig || 'T12:00:00Z'
FROM g;

INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, g.trig || 'T12:00:00Z', g.trig, 'created', 'status', NULL, 'open', NULL, 'bench'
FROM g;
-- One matter in ten has a note (indexed by the trigger on event).
INSERT INTO event (matter_id, at, on_date, kind, field, old_value, new_value, note, by_user)
SELECT g.i, g.trig || 'T13:00:00Z', g.trig, 'note', 'note', NULL, NULL,
       'Clerk says the ' || (SELECT w FROM doc WHERE k = (g.d + 3) % 20) || ' are in storage box '
         || (g.i % 5000),
       'bench'
FROM g WHERE g.i % 10 = 3;

INSERT INTO ref_seq (prefix, year, last) VALUES ('REQ', 2026, 0);
COMMIT;
ANALYZE;
